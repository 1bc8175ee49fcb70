package org.cosmodrome.manifest;

import java.time.Instant;

/**
 * A launch on the public manifest, with when its public fields (mission, vehicle, status, pad, day, NET) last
 * changed. Readers outside the manifest show only those fields of {@link #launch()}.
 */
public record PublishedLaunch(Launch launch, Instant lastUpdated) {
}
