package io.latefusion.data.mosi;

/**
 * Settings of the MultiBench layout ({@code data.multibench}).
 *
 * @param zNorm whether each sample's features are standardised over its real steps, MultiBench's
 *     {@code z_norm} option (off by default there)
 */
public record MultibenchMosiOptions(boolean zNorm) {
}
