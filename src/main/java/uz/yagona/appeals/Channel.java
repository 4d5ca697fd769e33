package uz.yagona.appeals;

/** How an appeal reached the platform. */
public enum Channel {
    PORTAL,
    API,
    OPEN311
}
