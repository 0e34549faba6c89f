/** Stage 1: every input file becomes one document or one rejected record that says why. */
package org.eventwire.read;
