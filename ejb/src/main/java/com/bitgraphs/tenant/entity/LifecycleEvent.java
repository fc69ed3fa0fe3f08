package com.bitgraphs.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One lifecycle event, accepted or refused, kept for operators. Holds general reasons only, never a
 * secret or a token.
 */
@Entity
@Table(name = "lifecycle_event")
public class LifecycleEvent {

    public enum Outcome { ACCEPTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String event;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "client_key")
    private String clientKey;

    private UUID tenant;

    private String detail;

    protected LifecycleEvent() {
    }

    public LifecycleEvent(Instant occurredAt, String event, Outcome outcome, String clientKey, UUID tenant, String detail) {
        this.occurredAt = occurredAt;
        this.event = event;
        this.outcome = outcome.name().toLowerCase(java.util.Locale.ROOT);
        this.clientKey = clientKey;
        this.tenant = tenant;
        this.detail = detail;
    }

    public String event() {
        return event;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
