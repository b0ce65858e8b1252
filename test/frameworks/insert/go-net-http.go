package main

import (
	"fmt"
	"net/http"
)

func init() {
	http.HandleFunc("/existing", existing)
	http.HandleFunc("/work", work)
}

func existing(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "existing")
}

func work(w http.ResponseWriter, r *http.Request) {
	_ = r.URL.Path
	@@BODY@@
}
@@TOP@@
