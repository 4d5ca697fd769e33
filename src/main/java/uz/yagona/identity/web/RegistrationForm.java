package uz.yagona.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import uz.yagona.shared.Sex;

/** What a citizen types to register. Checked field by field so each error stands beside its field. */
class RegistrationForm {

    @NotBlank
    private String pinfl = "";
    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[\\p{L}'ʻʼ‘’`\\- ]*", message = "{registration.name.letters}")
    private String lastName = "";
    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[\\p{L}'ʻʼ‘’`\\- ]*", message = "{registration.name.letters}")
    private String firstName = "";
    @Size(max = 100)
    @Pattern(regexp = "[\\p{L}'ʻʼ‘’`\\- ]*", message = "{registration.name.letters}")
    private String patronymic = "";
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate birthDate;
    @NotNull
    private @Nullable Sex sex;
    @Pattern(regexp = "|\\+998\\d{9}", message = "{registration.phone.format}")
    private String phone = "";
    @Email
    @Size(max = 254)
    private String email = "";
    @NotBlank
    private String password = "";
    @NotBlank
    private String passwordConfirmation = "";

    public String getPinfl() { return pinfl; }
    public void setPinfl(String pinfl) { this.pinfl = pinfl.strip(); }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName.strip(); }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName.strip(); }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String patronymic) { this.patronymic = patronymic.strip(); }
    public @Nullable LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(@Nullable LocalDate birthDate) { this.birthDate = birthDate; }
    public @Nullable Sex getSex() { return sex; }
    public void setSex(@Nullable Sex sex) { this.sex = sex; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone.replaceAll("[\\s()-]", ""); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email.strip(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String passwordConfirmation) { this.passwordConfirmation = passwordConfirmation; }
}
