/**
 * Members: {@link io.github.ficsdk.core.member.Enterprise enterprises} (会员企业),
 * {@link io.github.ficsdk.core.member.Person persons} (非公有制经济人士, personal data masked by
 * {@code toString()}) and their {@link io.github.ficsdk.core.member.Membership memberships} in
 * chambers and federations.
 *
 * <pre>{@code
 * Enterprise enterprise = Enterprise.builder().id("91330400MA2B3C4D1R").name("嘉兴某某科技有限公司")
 *         .industry("C17").ownership(Ownership.PRIVATE).revenueYuan(Yuan.ofYuan(520_000_000)).build();
 * Membership membership = Membership.builder().member(enterprise.getId()).organization("C0001")
 *         .role(Role.VICE_PRESIDENT).build();
 * }</pre>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.member;

import io.github.ficsdk.validation.ValueStyle;
