package uz.yagona.appeals;

import uz.yagona.identity.PersonId;
import uz.yagona.shared.Pinfl;

/** The signed-in person filing or joining an appeal, as the national ID knows them. */
public record Applicant(PersonId id, Pinfl pinfl, String name) {
}
