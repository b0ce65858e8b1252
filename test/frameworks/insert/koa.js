router.get('/existing', (ctx) => {
  ctx.body = 'existing';
});

router.get('/work', (ctx) => {
  const value = 1;
  @@BODY@@
});
@@TOP@@
