package uz.yagona.enforcement;

/** The claim and fee of a case are paid: the case closed and every measure it placed was lifted. */
public record CaseClosed(String number, String writNumber) {
}
