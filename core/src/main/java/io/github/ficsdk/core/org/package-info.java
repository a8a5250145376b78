/**
 * Organisations: {@link io.github.ficsdk.core.org.Federation federations} (工商联), their
 * {@link io.github.ficsdk.core.org.Chamber chambers} (商会、协会) with fee tiers,
 * {@link io.github.ficsdk.core.org.PartyOrganization party organisations} (all three
 * {@link io.github.ficsdk.core.org.Organization organisations}: id, name, short name, place in the
 * tree), their
 * {@link io.github.ficsdk.core.org.AnnualTarget annual targets}, and the
 * {@link io.github.ficsdk.core.org.OrganizationTree organisation tree} that answers "is this
 * organisation under that one?" in constant time.
 *
 * <pre>{@code
 * Federation city = Federation.builder().id("F330400").name("嘉兴市工商联")
 *         .level(FederationLevel.CITY).division("330400").build();
 * Federation county = Federation.builder().id("F330421").name("嘉善县工商联")
 *         .level(FederationLevel.COUNTY).division("330421").parent("F330400").build();
 * OrganizationTree tree = OrganizationTree.of(List.of(city, county), List.of(), List.of());
 * tree.isInSubtree("F330421", "F330400");  // true
 * }</pre>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.org;

import io.github.ficsdk.validation.ValueStyle;
