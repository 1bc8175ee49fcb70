package org.cosmodrome.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Cosmodrome-Signature} header: {@code sha256=} and the lower-case hex HMAC-SHA256 of the request body's
 * bytes (UTF-8) keyed with the subscription's secret (its UTF-8 bytes). A receiver computes the same over the body it
 * got, before parsing it, and compares in constant time.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The header value for {@code body} signed with {@code secret}. */
    public static String of(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code header} is the signature of {@code body} with {@code secret}, compared in constant time. */
    public static boolean verifies(String secret, String body, String header) {
        return header != null && MessageDigest.isEqual(of(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
