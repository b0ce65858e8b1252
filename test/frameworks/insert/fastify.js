fastify.get("/existing", (request, reply) => {
  reply.send("existing");
});

fastify.get("/work", async (request, reply) => {
  const value = 1;
  @@BODY@@
});
@@TOP@@
