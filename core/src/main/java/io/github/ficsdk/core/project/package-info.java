/**
 * Investment projects (招商引资, 浙商回归) that federations and chambers bring in:
 * {@link io.github.ficsdk.core.project.InvestmentProject} and its
 * {@link io.github.ficsdk.core.project.ProjectStage stage}.
 *
 * <pre>{@code
 * InvestmentProject project = InvestmentProject.builder().id("P001").name("智能装备产业园")
 *         .organization("C330400-WZ").signedOn(LocalDate.of(2017, 4, 18))
 *         .investmentYuan(Yuan.parse("300000000.00")).build();
 * }</pre>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.project;

import io.github.ficsdk.validation.ValueStyle;
