"use client";

import dynamic from "next/dynamic";

/**
 * The contact form, server-rendered as usual, with its code in a chunk of its own: React hydrates the rest of the
 * page first and the form in a later task, so neither is one long task on a slow phone. Until then the form is the
 * plain server-rendered one, which already works (it posts to the same action, as with JavaScript off).
 */
export const DeferredContactForm = dynamic(() => import("./contact-form").then((module) => module.ContactForm));
