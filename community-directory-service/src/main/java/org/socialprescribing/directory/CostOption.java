package org.socialprescribing.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** HSDS cost option: what it costs (an amount of 0 means free). */
@Entity
@Table(name = "cost_option")
public class CostOption {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public CommunityService service;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String option;

    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_description")
    public String amountDescription;
}
