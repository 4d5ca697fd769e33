package uz.yagona.enforcement;

/** A signed writ opened an enforcement case. */
public record CaseOpened(String number, String writNumber) {
}
