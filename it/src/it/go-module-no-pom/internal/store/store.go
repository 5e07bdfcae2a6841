// Package store keeps names.
package store

import "errors"

// Store holds names in the order they were added.
type Store struct {
	names []string
}

func New() *Store {
	return &Store{}
}

// Add appends a name unless it is empty or already there.
func (s *Store) Add(name string) error {
	if name == "" || len(name) > 64 {
		return errors.New("bad name")
	}
	for _, n := range s.names {
		if n == name {
			return nil
		}
	}
	s.names = append(s.names, name)
	return nil
}

func (s *Store) Each(visit func(string)) {
	for _, n := range s.names {
		visit(n)
	}
}
