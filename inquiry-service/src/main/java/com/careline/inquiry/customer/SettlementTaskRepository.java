package com.careline.inquiry.customer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SettlementTaskRepository implements PanacheRepositoryBase<SettlementTask, UUID> {
}
