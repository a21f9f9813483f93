/**
 * Exemplar pairing's pieces of pages (issue 16): the organisations offering help with a type of project ("Starting a
 * project?", the challenge playbook), an organisation's offers and its pairings and requests (its page), and the
 * dialogs to offer help, ask to be paired, and decline.
 */
package org.lessonsportal.portal.pairing.ui;
