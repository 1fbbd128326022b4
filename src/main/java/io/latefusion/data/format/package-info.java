/**
 * Readers for the file formats the published data sets ship in: NumPy {@code .npy}, Python pickles
 * holding NumPy arrays, PyTorch {@code .pt} zip archives, and HDF5. The first three turn a numpy
 * array or a torch tensor into one {@link io.latefusion.data.format.NumpyArray} in C order;
 * {@link io.latefusion.data.format.Hdf5Reader} streams row blocks of an HDF5 dataset into a float
 * array instead. Each reports a file it cannot use as a one-line
 * {@link io.latefusion.data.DataException} naming that file.
 */
package io.latefusion.data.format;
