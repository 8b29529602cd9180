/** The facts a host asserts: federations, people and their positions, Women's Homes, units, buildings, activities, waivers. */
package io.github.fulianrules.model;
