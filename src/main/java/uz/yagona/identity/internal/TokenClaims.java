package uz.yagona.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;

/**
 * What relying parties learn about a signed-in person: {@code pinfl} and names for the {@code openid} and
 * {@code profile} scopes, contacts for {@code email} and {@code phone}, and the roles and agencies in
 * {@code roles} / {@code agencies}.
 */
@Component
public class TokenClaims {

    private final Persons persons;

    TokenClaims(Persons persons) {
        this.persons = persons;
    }

    public Map<String, Object> forUser(YagonaUser user, Set<String> scopes) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("sub", user.getUsername());
        claims.put("pinfl", user.getUsername());
        persons.find(new PersonId(user.personId())).ifPresent(person -> {
            if (scopes.contains(OidcScopes.PROFILE)) {
                claims.put("name", person.latin().full());
                claims.put("family_name", person.latin().last());
                claims.put("given_name", person.latin().first());
                if (person.latin().patronymic() != null) {
                    claims.put("middle_name", person.latin().patronymic());
                }
                claims.put("name_cyrl", person.cyrillic().full());
                claims.put("birthdate", person.birthDate().toString());
                claims.put("gender", person.sex().name().toLowerCase());
            }
            if (scopes.contains(OidcScopes.EMAIL) && person.email() != null) {
                claims.put("email", person.email());
            }
            if (scopes.contains(OidcScopes.PHONE) && person.phone() != null) {
                claims.put("phone_number", person.phone());
            }
        });
        // ArrayList: the authorization server stores claims as typed JSON and reads back only well-known types
        claims.put("roles", new ArrayList<>(roles(user.authorityNames())));
        claims.put("agencies", user.authorityNames().stream().filter(name -> name.startsWith("AGENCY_"))
                .map(name -> name.substring(7)).collect(Collectors.toCollection(ArrayList::new)));
        return claims;
    }

    /** Roles as relying parties read them: without Spring's ROLE_ prefix. */
    static List<String> roles(List<String> authorities) {
        return authorities.stream().filter(name -> name.startsWith("ROLE_")).map(name -> name.substring(5)).toList();
    }

    public static YagonaUser userOf(Authentication authentication) {
        return (YagonaUser) authentication.getPrincipal();
    }
}
