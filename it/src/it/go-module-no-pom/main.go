package main

import (
	"fmt"
	"os"

	"example.com/shop/internal/store"
)

func main() {
	s := store.New()
	for _, arg := range os.Args[1:] {
		if err := s.Add(arg); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	s.Each(func(name string) {
		fmt.Println(name)
	})
}
