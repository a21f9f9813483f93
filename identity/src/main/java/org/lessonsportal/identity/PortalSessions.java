package org.lessonsportal.identity;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's open HTTP sessions, so that one can be ended from outside a request: the identity provider's
 * back-channel logout names sessions by id. Also gives every new session the configured idle timeout to the second
 * (the servlet container's own setting counts whole minutes).
 */
class PortalSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(PortalSessions.class);

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();
    private final int idleSeconds;

    PortalSessions(SessionSettings settings) {
        this.idleSeconds = (int) Math.min(Integer.MAX_VALUE, Math.max(1, settings.idleTimeout().toSeconds()));
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleSeconds);
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        open.remove(oldSessionId);
        open.put(event.getSession().getId(), event.getSession());
    }

    /** Ends the session with this id, if it is still open. */
    void end(String sessionId) {
        HttpSession session = open.remove(sessionId);
        if (session == null) {
            log.info("The identity provider ended portal session {}, already ended here", fingerprint(sessionId));
            return;
        }
        try {
            session.invalidate();
            log.info("Ended portal session {} on the identity provider's request", fingerprint(sessionId));
        } catch (IllegalStateException alreadyEnded) {
            // ended meanwhile by its own timeout or sign-out
        }
    }

    /** A short, one-way fingerprint of a session id for the log (the id itself is a secret). */
    static String fingerprint(String sessionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
