/**
 * Readers for the file formats the published data sets ship in: NumPy {@code .npy}, Python pickles
 * holding NumPy arrays, and PyTorch {@code .pt} zip archives. Every reader turns a numpy array or a
 * torch tensor into one {@link io.latefusion.data.format.NumpyArray} in C order, and reports a file it
 * cannot use as a one-line {@link io.latefusion.data.DataException} naming that file.
 */
package io.latefusion.data.format;
