import { Hono } from "hono";

export const app = new Hono();

app.get("/existing", (c) => c.text("existing"));

app.get("/work", (c) => {
  const value = 1;
  @@BODY@@
});
@@TOP@@
