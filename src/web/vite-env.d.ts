// Vite's client types: CSS imports and import.meta.env for the web app.
/// <reference types="vite/client" />
