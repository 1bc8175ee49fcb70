package org.cosmodrome.platform;

/**
 * The actor may see the record but not make this change to it (a lessee changing a pad another organisation
 * operates). Answered with 403.
 */
public class AccessDenied extends RuntimeException {

    private final String code;

    public AccessDenied(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
