/**
 * Operating the projections: their position and lag, rebuilding one from the history, and
 * reconciliation, the proof that every stored event reached every projection.
 */
package vn.directives.query.admin;
