package org.myomap.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "referral_zone")
public class ReferralZone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_zone_seq")
    @SequenceGenerator(name = "referral_zone_seq", sequenceName = "referral_zone_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "trigger_point_id")
    public TriggerPoint triggerPoint;
    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id")
    public BodyRegion region;
    public String zone;
    public String side;
}
