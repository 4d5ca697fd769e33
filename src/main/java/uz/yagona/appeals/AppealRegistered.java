package uz.yagona.appeals;

/** Published when an appeal is registered, after the registering transaction commits. */
public record AppealRegistered(String number, AppealKind kind, AppealStatus status) {
}
