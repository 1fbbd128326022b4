package io.latefusion.data.mosi;

/**
 * Settings of the MMSA layout ({@code data.mmsa}).
 *
 * @param lengths whether the audio and video encoders mask at {@code audio_lengths} /
 *     {@code vision_lengths} when the file has them; false runs every sequence its whole padded
 *     length, as the study's LSTMs did
 */
public record MmsaMosiOptions(boolean lengths) {
}
