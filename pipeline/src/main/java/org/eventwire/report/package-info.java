/** After the run: report.html, read back from the written records. */
package org.eventwire.report;
