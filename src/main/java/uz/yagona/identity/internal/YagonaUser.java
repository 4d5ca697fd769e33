package uz.yagona.identity.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it: the person's PINFL is the user name, the authorities carry
 * the roles and the agencies an officer acts for ({@code AGENCY_<code>}).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class YagonaUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a password alone does not yet prove. */
    public enum SecondFactor { NONE, VERIFY, ENROL }

    private final UUID accountId;
    private final UUID personId;
    private final String pinfl;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean locked;
    private final SecondFactor secondFactor;
    private final String[] authorities;

    public YagonaUser(UUID accountId, UUID personId, String pinfl, String displayName, @Nullable String passwordHash,
            boolean locked, SecondFactor secondFactor, List<String> authorities) {
        this(accountId, personId, pinfl, displayName, passwordHash, locked, secondFactor,
                authorities.toArray(String[]::new));
    }

    /** As the authorization server reads a stored authorization back. */
    @JsonCreator
    private YagonaUser(@JsonProperty("accountId") UUID accountId, @JsonProperty("personId") UUID personId,
            @JsonProperty("pinfl") String pinfl, @JsonProperty("displayName") String displayName,
            @JsonProperty("passwordHash") @Nullable String passwordHash, @JsonProperty("locked") boolean locked,
            @JsonProperty("secondFactor") SecondFactor secondFactor,
            @JsonProperty("authorities") String[] authorities) {
        this.accountId = accountId;
        this.personId = personId;
        this.pinfl = pinfl;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.secondFactor = secondFactor;
        this.authorities = authorities.clone();
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public SecondFactor secondFactor() {
        return secondFactor;
    }

    public List<String> authorityNames() {
        return List.of(authorities);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return pinfl;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YagonaUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "YagonaUser[" + accountId + "]";
    }
}
