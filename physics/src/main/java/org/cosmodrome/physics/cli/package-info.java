/**
 * Command-line entry points of the library that need neither Spring nor a database ({@code fall}).
 */
package org.cosmodrome.physics.cli;
