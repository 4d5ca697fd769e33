package uz.yagona.appeals;

/**
 * The kinds of appeal the Law "On appeals of individuals and legal entities" (ZRU-445 of 11.09.2017) knows: an
 * application (<i>ariza</i>) asks for a right to be exercised, a proposal (<i>taklif</i>) suggests an improvement,
 * a complaint (<i>shikoyat</i>) asks for a violated right to be restored.
 */
public enum AppealKind {
    APPLICATION,
    PROPOSAL,
    COMPLAINT
}
