package uz.yagona.enforcement;

/**
 * Who works a case: the robot enforcer, or the assigned officer (after the robot stopped on the case, left it as
 * above its limit, or an officer took it over). The robot never touches a case an officer handles.
 */
public enum CaseHandler {
    ROBOT,
    OFFICER
}
