/** Reading a district's facts from the documented JSON format, with errors that name the record and field. */
package io.github.fulianrules.input;
