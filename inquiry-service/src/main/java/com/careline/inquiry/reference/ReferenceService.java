package com.careline.inquiry.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.inquiry.reference.FreightCalculator.Quote;
import com.careline.inquiry.reference.ReferenceCommands.FreightQuoteView;
import com.careline.inquiry.reference.ReferenceCommands.QuoteFreight;
import com.careline.inquiry.reference.ReferenceCommands.ServiceAreaView;
import com.careline.inquiry.reference.ReferenceCommands.TransitTimeView;
import com.careline.inquiry.reference.ReferenceData.City;
import com.careline.inquiry.tracking.LimitsConfig;
import com.careline.inquiry.tracking.TimeLimits;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.events.shipment.ShipmentEvents.RouteType;

/** Answers from the reference data: freight, service area, transit time, prohibited items. */
@ApplicationScoped
public class ReferenceService {

    private final ReferenceData data;
    private final FreightCalculator calculator;
    private final TimeLimits limits;

    ReferenceService(ReferenceData data, FreightConfig freight, LimitsConfig limits) {
        this.data = data;
        this.calculator = new FreightCalculator(freight.volumetricDivisor(), freight.fuelSurchargeRate());
        this.limits = TimeLimits.from(limits);
    }

    public FreightQuoteView quote(QuoteFreight form) {
        City from = city("origin", form.origin());
        City to = city("destination", form.destination());
        int zone = data.zone(from, to);
        var rate = data.rate(form.service().name(), zone).orElseThrow(() -> new InvalidRequest("service",
                form.service() + " is not offered for zone " + zone));
        Quote q = calculator.quote(form.pieces().stream().map(ReferenceCommands.PieceForm::piece).toList(), rate);
        return new FreightQuoteView(from.name(), to.name(), form.service(), zone, route(from, to), q.pieces(),
                q.actualWeightKg(), q.volumetricWeightKg(), q.chargeableWeightKg(), q.divisor(), q.items(), q.total(),
                "CNY");
    }

    public TransitTimeView transitTime(String origin, String destination) {
        City from = city("origin", origin);
        City to = city("destination", destination);
        RouteType route = route(from, to);
        return new TransitTimeView(from.name(), to.name(), route, limits.delivery(route).toDays(),
                limits.fullyDelayed(route).toDays());
    }

    public ServiceAreaView serviceArea(String cityName) {
        if (cityName == null || cityName.isBlank()) {
            throw new InvalidRequest("city", "must not be blank");
        }
        return data.city(cityName).map(c -> {
            var districts = data.districts(c);
            return new ServiceAreaView(c.name(), c.province(), !districts.isEmpty(), districts);
        }).orElseGet(() -> new ServiceAreaView(cityName.strip(), null, false, List.of()));
    }

    public List<ReferenceData.ProhibitedItem> prohibited(String query) {
        return data.prohibited(query);
    }

    /** Same city, other city, or international when the countries differ. */
    static RouteType route(City from, City to) {
        if (!from.country().equals(to.country())) {
            return RouteType.INTERNATIONAL;
        }
        return from.equals(to) ? RouteType.SAME_CITY : RouteType.OTHER_CITY;
    }

    private City city(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequest(field, "must not be blank");
        }
        return data.city(name).orElseThrow(() -> new InvalidRequest(field, "unknown city " + name.strip()));
    }
}
