package org.cosmodrome.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of the ledger.
 *
 * @param seq position in the chain, from 1 without gaps
 * @param recordedAt server clock at the append, to the microsecond
 * @param actorUser who acted ({@code system:data-set} for the shipped data)
 * @param actorOrganization the organisation acted for, or {@code null}
 * @param command what was done, e.g. {@code pad.status.changed}
 * @param targetType kind of record changed, e.g. {@code pad}
 * @param targetId its id
 * @param tenants organisations owning the record when it is private (sorted); empty when public
 * @param payload canonical JSON of the change (keys sorted, no insignificant white space)
 * @param previousHash hash of entry {@code seq - 1}; 64 zeros for the first
 * @param hash SHA-256 (hex) of {@link #hashInput()}
 */
public record LedgerEntry(long seq, Instant recordedAt, String actorUser, String actorOrganization, String command,
        String targetType, String targetId, List<String> tenants, String payload, String previousHash, String hash) {

    public LedgerEntry {
        tenants = tenants == null ? List.of() : tenants.stream().sorted().toList();
    }

    /** Whether the entry is about a public record, visible to every signed-in party. */
    public boolean isPublic() {
        return tenants.isEmpty();
    }

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The exact text the hash covers: every field but the hash, one per line, nulls as empty text. */
    String hashInput() {
        return String.join("\n", previousHash, Long.toString(seq), DateTimeFormatter.ISO_INSTANT.format(recordedAt),
                actorUser, nullToEmpty(actorOrganization), command, targetType, targetId, String.join(",", tenants),
                payload);
    }

    /** The hash these fields should carry. */
    public String computeHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(hashInput().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
