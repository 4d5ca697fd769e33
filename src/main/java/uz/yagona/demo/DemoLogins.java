package uz.yagona.demo;

import java.time.LocalDate;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/** The documented demo logins (README.md lists them). Their TOTP secrets are public on purpose: demo only. */
public final class DemoLogins {

    public static final String PASSWORD = "Yagona-demo-2026";

    /** A citizen without second factor, director of a demo company. */
    public static final Pinfl CITIZEN = Pinfl.of(LocalDate.of(1990, 5, 14), Sex.MALE, 26, 1);
    /** A citizen who turned TOTP on, chief accountant of the same company (answers its deduction orders). */
    public static final Pinfl CITIZEN_WITH_TOTP = Pinfl.of(LocalDate.of(1995, 11, 3), Sex.FEMALE, 26, 2);
    public static final String CITIZEN_TOTP_SECRET = "KRUGS4ZANFZSAYJAMRSW23ZAONSWG4TF";
    /** An enforcement officer of the Yunusobod district department. */
    public static final Pinfl OFFICER = Pinfl.of(LocalDate.of(1985, 2, 20), Sex.MALE, 26, 3);
    public static final String OFFICER_TOTP_SECRET = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";
    /** A platform administrator. */
    public static final Pinfl ADMIN = Pinfl.of(LocalDate.of(1988, 8, 8), Sex.FEMALE, 26, 4);
    public static final String ADMIN_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    /** An officer of the civil registry (Ministry of Justice) who works the portal's applications of that agency. */
    public static final Pinfl REGISTRY_OFFICER = Pinfl.of(LocalDate.of(1987, 6, 12), Sex.FEMALE, 26, 6);
    public static final String REGISTRY_OFFICER_TOTP_SECRET = "MNUXM2LMEBZGKZ3JON2HE6JAN5TGM2LD";
    /** An officer appointed but not yet enrolled in TOTP: the first login asks to enrol. */
    public static final Pinfl NEW_OFFICER = Pinfl.of(LocalDate.of(1992, 1, 30), Sex.MALE, 26, 5);

    /** A judge of the Yunusobod civil court who signs writs with a key the platform keeps under {@link #JUDGE_PIN}. */
    public static final Pinfl JUDGE = Pinfl.of(LocalDate.of(1976, 4, 18), Sex.MALE, 26, 8);
    public static final String JUDGE_TOTP_SECRET = "LFQWO33OMEQGIZLNN4QGU5LEM5SSAMRW";
    /** The PIN of the judge's kept signing key. */
    public static final String JUDGE_PIN = "260418";
    /** A clerk of the same court who drafts writs. */
    public static final Pinfl CLERK = Pinfl.of(LocalDate.of(1994, 9, 7), Sex.FEMALE, 26, 9);
    public static final String CLERK_TOTP_SECRET = "LFQWO33OMEQGIZLNN4QGG3DFOJVSAMRW";
    /** The court the judge and the clerk work at: an agency under the Supreme Court ({@code SC}). */
    public static final String COURT = "SC.1726.1726266";

    /**
     * An appeals officer of the Yunusobod housing and communal services department ({@link #APPEALS_BODY}), the
     * body the routing table gives housing appeals from that district to; signs answers with a kept key under
     * {@link #APPEALS_OFFICER_PIN}.
     */
    public static final Pinfl APPEALS_OFFICER = Pinfl.of(LocalDate.of(1989, 3, 15), Sex.FEMALE, 26, 10);
    public static final String APPEALS_OFFICER_TOTP_SECRET = "MFYHAZLBNRZS233GMZUWGZLSFVSGK3LP";
    /** The PIN of the appeals officer's kept signing key. */
    public static final String APPEALS_OFFICER_PIN = "260315";
    /** The head of the same department, who extends terms once (and answers too). */
    public static final Pinfl APPEALS_HEAD = Pinfl.of(LocalDate.of(1972, 10, 2), Sex.MALE, 26, 11);
    public static final String APPEALS_HEAD_TOTP_SECRET = "MFYHAZLBNRZS22DFMFSC2ZDFNVXS2MRW";
    /** A dispatcher of the President's Virtual Reception who routes the appeals the model is unsure of. */
    public static final Pinfl APPEALS_DISPATCHER = Pinfl.of(LocalDate.of(1996, 12, 5), Sex.FEMALE, 26, 12);
    public static final String APPEALS_DISPATCHER_TOTP_SECRET = "MFYHAZLBNRZS2ZDJONYGC5DDNAWWIZLN";
    /** The body the appeals officer and head work at: the routing table's office for housing in Yunusobod. */
    public static final String APPEALS_BODY = "MC.1726.1726266";
    /** The body the dispatcher works at. */
    public static final String APPEALS_DISPATCH = "PVR";

    private DemoLogins() {
    }
}
