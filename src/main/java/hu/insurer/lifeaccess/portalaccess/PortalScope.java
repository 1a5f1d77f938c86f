package hu.insurer.lifeaccess.portalaccess;

public enum PortalScope {
    NON_LIFE,
    LIFE
}
