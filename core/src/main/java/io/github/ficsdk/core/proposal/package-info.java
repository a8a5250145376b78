/**
 * Proposals (提案) to a CPPCC or NPC session: {@link io.github.ficsdk.core.proposal.Proposal},
 * its {@link io.github.ficsdk.core.proposal.ProposalSession session} and
 * {@link io.github.ficsdk.core.proposal.Recognition recognitions}.
 *
 * <pre>{@code
 * Proposal proposal = Proposal.builder().id("PR001")
 *         .session(ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1))
 *         .submitter("F330400").type(ProposalType.GROUP).submittedOn(LocalDate.of(2017, 2, 20))
 *         .addRecognition(Recognition.KEY).build();
 * }</pre>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.proposal;

import io.github.ficsdk.validation.ValueStyle;
