package io.autoshop.core.workorder.internal;

import java.security.SecureRandom;
import java.util.Base64;
import javax.persistence.EntityManager;

/**
 * Hands out the progress-page token of a work order: 32 random bytes from {@link SecureRandom}, URL-safe
 * Base64 without padding (43 characters), created on first use.
 */
final class TrackingTokens {

    static final String PATH_PREFIX = "/track/";
    static final int MAX_TOKEN_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingTokens() {
    }

    // NOTE: orders created before tokens existed get theirs on first read. Two concurrent first reads of such an
    // order both insert, and the loser fails with a unique-key conflict (409); a repeated read succeeds.
    static String tokenOf(EntityManager em, long workOrderId, long now) {
        TrackingTokenEntity row = em.find(TrackingTokenEntity.class, workOrderId);
        if (row == null) {
            row = new TrackingTokenEntity();
            row.workOrderId = workOrderId;
            row.token = newToken();
            row.createdAt = now;
            em.persist(row);
            em.flush();
        }
        return row.token;
    }

    static String urlOf(String token) {
        return PATH_PREFIX + token;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Masks a plate for public display: the first two and the last two characters stay, the rest become
     * {@code *}, for example 浙B***K1.
     */
    static String maskPlate(String plate) {
        if (plate == null || plate.length() <= 4) {
            return "****";
        }
        return plate.substring(0, 2) + "*".repeat(plate.length() - 4) + plate.substring(plate.length() - 2);
    }
}
