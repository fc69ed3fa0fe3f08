package com.bitgraphs.web.operator;

import com.bitgraphs.clock.boundary.ClockProducer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Moves the server's clock by an offset, {@code {"offset": "-P61D"}} (ISO-8601 duration; {@code "PT0S"} puts it
 * back), for the retention tests. Exists only where {@code bitgraphs.clock.adjustable=true}: everywhere else
 * it answers 404 and the clock cannot move.
 */
@Path("api/v1/operator/clock")
@OperatorOnly
public class ClockResource {

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject move(JsonObject body) {
        if (clocks.adjustable().isEmpty()) {
            throw new NotFoundException("this server's clock is not adjustable");
        }
        if (body == null || !(body.get("offset") instanceof JsonString offset)) {
            throw new BadRequestException("offset (an ISO-8601 duration such as -P61D) is required");
        }
        Duration duration;
        try {
            duration = Duration.parse(offset.getString());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("offset must be an ISO-8601 duration such as -P61D, not " + offset.getString());
        }
        clocks.move(duration);
        return Json.createObjectBuilder().add("offset", duration.toString()).add("now", clock.instant().toString()).build();
    }
}
