/**
 * Tickets (问题收集单): the problems and suggestions enterprises raise with a federation or
 * chamber, {@link io.github.ficsdk.core.ticket.Ticket}, with its
 * {@link io.github.ficsdk.core.ticket.TicketCategory category},
 * {@link io.github.ficsdk.core.ticket.TicketChannel channel} and
 * {@link io.github.ficsdk.core.ticket.TicketStatus status}.
 *
 * <pre>{@code
 * Ticket ticket = Ticket.builder().id("T001").raisedOn(LocalDate.of(2017, 3, 2))
 *         .raisedBy("E001").receivedBy("F330400").category(TicketCategory.FINANCING)
 *         .summary("流动资金贷款续贷难").status(TicketStatus.RESOLVED)
 *         .resolvedOn(LocalDate.of(2017, 3, 20)).build();
 * }</pre>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.ticket;

import io.github.ficsdk.validation.ValueStyle;
