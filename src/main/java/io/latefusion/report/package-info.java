/** Reports: tables and documents built from saved experiment results. */
package io.latefusion.report;
