app.get('/existing', (req, res) => {
  res.send('existing')
})

app.get('/work', (req, res) => {
  const value = 1
  @@BODY@@
})
@@TOP@@
