/**
 * Exact money: {@link io.github.ficsdk.core.money.Yuan}, an amount of yuan held in fen.
 *
 * <pre>{@code
 * Yuan total = Yuan.parse("37250000.00").plus(Yuan.ofYuan(600_000_000));
 * total.render();  // "6.4亿元"
 * }</pre>
 *
 * @since 0.1
 */
package io.github.ficsdk.core.money;
