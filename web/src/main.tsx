import { render } from "solid-js/web";
import { App } from "./app.tsx";
import { ready } from "./lib/i18n.ts";
import "./styles.css";

const root = document.getElementById("root");
// The first render waits for the starting language's texts.
if (root) ready.then(() => render(() => <App />, root));
