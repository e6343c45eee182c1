/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** How many times each reference has been cited so far on the page being rendered. */
    citations?: Map<number, number>;
  }
}
